-- The keys made before scopes existed were full editors: they keep routing, reading and changing
-- the directory, so that no client breaks. Managing keys (KEYS) is never given to them. New keys
-- always name their scopes.
UPDATE api_key SET scopes = 'ROUTING,DIRECTORY_READ,DIRECTORY_WRITE';
ALTER TABLE api_key ALTER COLUMN scopes DROP DEFAULT;
