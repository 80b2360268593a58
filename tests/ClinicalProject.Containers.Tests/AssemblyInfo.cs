// One suite of containers for the assembly; its tests run one after another against it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
