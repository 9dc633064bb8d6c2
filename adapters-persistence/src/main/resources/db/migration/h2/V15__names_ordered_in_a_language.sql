-- Names ordered in a language on H2 (search.NameOrder): H2 has no collation per expression, so
-- ORDER BY NAME_KEY('sv', name) orders by java.text.Collator's key of the name in that language,
-- case ignored. The class is in the h2-functions jar, deployed beside the H2 driver (the server's
-- jdbc library), whose class loader H2 loads it with. PostgreSQL needs nothing: it has the ICU
-- collations ("sv-x-icu").
CREATE ALIAS IF NOT EXISTS NAME_KEY DETERMINISTIC FOR 'com.routebook.adapter.persistence.h2.NameCollation.key';
