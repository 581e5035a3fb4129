-- Generated from the indicator catalog (dbt_project/config) by orchestration/indicators. Do not edit.
-- The content hash of the indicator catalog and workload configuration (catalog.py load_catalog)
select '869b81e8ae67d0d4' as catalog_version
