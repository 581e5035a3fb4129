{{ supervision_profile('court') }}
