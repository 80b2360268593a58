// One suite (the app host with every resource) for the whole assembly: its collections run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
