-- A network administrator disables and enables a user; a disabled user signs in nowhere. The
-- session generation moves when the user's sessions must end (disabled, a new password): a screen
-- session keeps a stamp of the generation it began in and ends at its next request once it moved.
-- Every change of app_user is announced to the other instances (PostgreSQL's V5), which forget the
-- account they remembered.
ALTER TABLE app_user ADD COLUMN disabled boolean DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN session_generation bigint DEFAULT 0 NOT NULL;
