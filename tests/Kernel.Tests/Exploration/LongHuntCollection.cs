namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// The longest exploration tests (every seeded bug hunted, shrinking, the second clone built in Release), about half
/// of the exploration time: run one at a time, beside <see cref="ExplorationCollection"/> rather than after it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LongHuntCollection
{
    public const string Name = "Coyote exploration: the long hunts";
}
