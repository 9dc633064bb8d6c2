-- The routing keys of stopped documents (RoutingKeys in the domain: the customer number as the
-- directory compares it, each registry reference as the registry normalizes it), so that the
-- stopped documents a customer may now match are found through an index, whatever the number of
-- the tenant's other stopped documents. The document log keeps them: a routed document has none,
-- and they go with their document. key_kind: CUSTOMER_NUMBER or an identifier scheme.
CREATE TABLE stopped_document_key (
    tenant_id    varchar(64)  NOT NULL,
    document_id  varchar(200) COLLATE "C" NOT NULL,
    key_kind     varchar(30)  NOT NULL,
    key_value    varchar(200) NOT NULL,
    CONSTRAINT stopped_document_key_pk PRIMARY KEY (tenant_id, document_id, key_kind, key_value),
    CONSTRAINT stopped_document_key_document FOREIGN KEY (tenant_id, document_id)
        REFERENCES document (tenant_id, document_id) ON DELETE CASCADE,
    CONSTRAINT stopped_document_key_kind_known CHECK (key_kind IN ('CUSTOMER_NUMBER',
        'ORGANIZATION_NUMBER', 'VAT', 'GLN', 'OVT', 'IBAN', 'E_ADDRESS'))
);
CREATE INDEX stopped_document_key_by_key
    ON stopped_document_key (tenant_id, key_kind, key_value, document_id);

-- The keys of the documents already stopped, normalized as the application does (customer
-- numbers: 1 to 35 letters, digits and - _ . /; identifiers: without spaces, dots and dashes, upper
-- case; E-addresses: without whitespace and the iso6523-actorid-upis:: prefix, upper case).
INSERT INTO stopped_document_key (tenant_id, document_id, key_kind, key_value)
SELECT DISTINCT tenant_id, document_id, key_kind, key_value FROM (
    SELECT tenant_id, document_id, 'CUSTOMER_NUMBER' AS key_kind, customer_number AS key_value
      FROM document WHERE outcome = 'STOPPED' AND customer_number ~ '^[A-Za-z0-9._/-]{1,35}$'
    UNION ALL
    SELECT tenant_id, document_id, 'E_ADDRESS', upper(regexp_replace(
               regexp_replace(e_address, '\s', '', 'g'), '^iso6523-actorid-upis::', '', 'i'))
      FROM document WHERE outcome = 'STOPPED' AND e_address IS NOT NULL
    UNION ALL
    SELECT tenant_id, document_id, 'OVT', upper(regexp_replace(ovt, '[\s.-]', '', 'g'))
      FROM document WHERE outcome = 'STOPPED' AND ovt IS NOT NULL
    UNION ALL
    SELECT tenant_id, document_id, 'IBAN', upper(regexp_replace(iban, '[\s.-]', '', 'g'))
      FROM document WHERE outcome = 'STOPPED' AND iban IS NOT NULL
    UNION ALL
    SELECT tenant_id, document_id, 'GLN', upper(regexp_replace(gln, '[\s.-]', '', 'g'))
      FROM document WHERE outcome = 'STOPPED' AND gln IS NOT NULL
    UNION ALL
    SELECT tenant_id, document_id, 'ORGANIZATION_NUMBER',
           upper(regexp_replace(organization_number, '[\s.-]', '', 'g'))
      FROM document WHERE outcome = 'STOPPED' AND organization_number IS NOT NULL
    UNION ALL
    SELECT tenant_id, document_id, 'VAT', upper(regexp_replace(vat_number, '[\s.-]', '', 'g'))
      FROM document WHERE outcome = 'STOPPED' AND vat_number IS NOT NULL
) keys
WHERE key_value <> '' AND length(key_value) <= 200;
