{{ supervision_profile('department') }}
