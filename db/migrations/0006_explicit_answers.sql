CREATE TABLE `quality_confirmations` (
	`sample_item_id` integer NOT NULL,
	`warning_id` text NOT NULL,
	`message` text NOT NULL,
	`confirmed_by` text NOT NULL,
	`confirmed_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`sample_item_id`, `warning_id`),
	FOREIGN KEY (`sample_item_id`) REFERENCES `sample_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `case_answers` ADD `check_source` text;--> statement-breakpoint
ALTER TABLE `sample_items` ADD `incomplete_reason` text;