DROP INDEX `audit_log_study`;--> statement-breakpoint
CREATE INDEX `audit_log_study_id` ON `audit_log` (`study_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_action` ON `audit_log` (`action`);--> statement-breakpoint
CREATE INDEX `review_events_item` ON `review_events` (`sample_item_id`);--> statement-breakpoint
CREATE INDEX `sample_replacements_draw` ON `sample_replacements` (`draw_id`);--> statement-breakpoint
CREATE INDEX `study_members_user` ON `study_members` (`user_id`);