CREATE TABLE `case_tallies` (
	`sample_item_id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`tally` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`sample_item_id`) REFERENCES `sample_items`(`id`) ON UPDATE no action ON DELETE cascade
);
