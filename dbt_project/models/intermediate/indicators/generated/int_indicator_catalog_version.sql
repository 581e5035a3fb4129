-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- The content hash of the indicator catalog and workload configuration (catalog.py load_catalog)
select '8bf6539b80ee12cf' as catalog_version
