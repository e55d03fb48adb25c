namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>Exploration tests run one at a time: each Coyote engine already uses the machine's cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExplorationCollection
{
    public const string Name = "Coyote exploration";
}
