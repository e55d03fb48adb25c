using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Harnesses.Generated;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// The Generated harness draws from the whole call catalogue: the union of its surfaces' records is every
/// non-abstract <see cref="Syscall"/> record, each once. A record added to abi without a surface row fails here
/// (the per-surface tests say which surface should have it).
/// </summary>
public sealed class GeneratedCatalogueTests
{
    [Fact]
    public void TheHarnessGeneratesEveryCallRecordOfTheCatalogueOnce()
    {
        var records = typeof(Syscall).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Syscall)) && !t.IsAbstract).Select(t => t.Name).Order().ToList();
        var generated = GeneratedHarness.Calls.Select(t => t.Name).Order().ToList();

        Assert.Equal(records, generated);
        Assert.Equal(55, generated.Count);
    }
}
