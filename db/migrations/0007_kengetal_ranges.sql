CREATE TABLE `kengetal_ranges` (
	`study_id` integer NOT NULL,
	`key` text NOT NULL,
	`low` real NOT NULL,
	`high` real NOT NULL,
	`source` text NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_by` text NOT NULL,
	PRIMARY KEY(`study_id`, `key`),
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade
);
