CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`study_id` integer,
	`entity` text NOT NULL,
	`entity_id` text,
	`old_value` text,
	`new_value` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_study` ON `audit_log` (`study_id`,`at`);--> statement-breakpoint
CREATE TABLE `case_answers` (
	`sample_item_id` integer NOT NULL,
	`question_key` text NOT NULL,
	`value` text,
	`revision` integer DEFAULT 1 NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_by` text NOT NULL,
	PRIMARY KEY(`sample_item_id`, `question_key`),
	FOREIGN KEY (`sample_item_id`) REFERENCES `sample_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `caseworkers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `caseworkers_study_name` ON `caseworkers` (`study_id`,`name`);--> statement-breakpoint
CREATE TABLE `frame_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`dossiernummer` text NOT NULL,
	`caseworker_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`household_type` text,
	`start_date` text,
	`status` text,
	`source_row` integer NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`caseworker_id`) REFERENCES `caseworkers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `frame_cases_study_dossier` ON `frame_cases` (`study_id`,`dossiernummer`);--> statement-breakpoint
CREATE INDEX `frame_cases_caseworker` ON `frame_cases` (`caseworker_id`);--> statement-breakpoint
CREATE TABLE `frame_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`row_count` integer NOT NULL,
	`warnings` text NOT NULL,
	`imported_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`imported_by` text NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `review_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sample_item_id` integer NOT NULL,
	`kind` text NOT NULL,
	`question_key` text,
	`body` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`sample_item_id`) REFERENCES `sample_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sample_draws` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`version` integer NOT NULL,
	`algorithm` text NOT NULL,
	`seed` text NOT NULL,
	`frame_sha256` text NOT NULL,
	`per_caseworker` integer NOT NULL,
	`reserves` integer NOT NULL,
	`certificate` text NOT NULL,
	`reason` text,
	`status` text DEFAULT 'actief' NOT NULL,
	`drawn_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`drawn_by` text NOT NULL,
	`archived_at` integer,
	`archived_by` text,
	`archive_reason` text,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sample_draws_study_version` ON `sample_draws` (`study_id`,`version`);--> statement-breakpoint
CREATE TABLE `sample_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`draw_id` integer NOT NULL,
	`frame_case_id` integer NOT NULL,
	`caseworker_id` integer NOT NULL,
	`role` text NOT NULL,
	`position` integer NOT NULL,
	`status` text NOT NULL,
	`unusable_reason` text,
	`unusable_note` text,
	`revision` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`draw_id`) REFERENCES `sample_draws`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`frame_case_id`) REFERENCES `frame_cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`caseworker_id`) REFERENCES `caseworkers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sample_items_draw_case` ON `sample_items` (`draw_id`,`frame_case_id`);--> statement-breakpoint
CREATE INDEX `sample_items_draw_caseworker` ON `sample_items` (`draw_id`,`caseworker_id`,`position`);--> statement-breakpoint
CREATE TABLE `sample_replacements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`draw_id` integer NOT NULL,
	`unusable_item_id` integer NOT NULL,
	`reserve_item_id` integer,
	`reason` text NOT NULL,
	`note` text,
	`replaced_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`replaced_by` text NOT NULL,
	FOREIGN KEY (`draw_id`) REFERENCES `sample_draws`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unusable_item_id`) REFERENCES `sample_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reserve_item_id`) REFERENCES `sample_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `studies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`municipality` text NOT NULL,
	`year` integer NOT NULL,
	`households` integer,
	`clients` integer,
	`codebook_version` text DEFAULT 'v1' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`created_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `study_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`team_id` integer,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_study_name` ON `teams` (`study_id`,`name`);--> statement-breakpoint
CREATE TABLE `trajectory_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sample_item_id` integer NOT NULL,
	`position` integer NOT NULL,
	`type` text,
	`who` text,
	`action` text,
	`old_way` text,
	`replaces_type` text,
	`revision` integer DEFAULT 1 NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`sample_item_id`) REFERENCES `sample_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text NOT NULL,
	`is_admin` integer DEFAULT false NOT NULL,
	`disabled_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);