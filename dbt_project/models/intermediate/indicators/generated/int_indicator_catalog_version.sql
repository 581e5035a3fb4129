-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- The content hash of the indicator catalog and workload configuration (catalog.py load_catalog)
select '00d4f6790b85f720' as catalog_version
