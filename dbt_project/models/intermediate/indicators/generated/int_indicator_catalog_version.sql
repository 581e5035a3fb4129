-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- The content hash of the indicator catalog and workload configuration (catalog.py load_catalog)
select '8c77746c410cab46' as catalog_version
