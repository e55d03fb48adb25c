using System.Reflection;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Proofs;

namespace VmoKernel.Checks.Report;

/// <summary>
/// Citations read from the registries the checks themselves run from, so they cannot drift from what
/// runs: every monitor in <see cref="MonitorCatalog"/> (its public ID constants), every harness in
/// <see cref="HarnessCatalog"/> (the IDs of its <see cref="ChecksSpecAttribute"/>), every seeded bug in
/// <see cref="SeededBugCatalog"/> (the ID of its <c>[Breaks]</c>), every obligation in
/// <see cref="ObligationCatalog"/> (its method) and every mutant in <see cref="MutantCatalog"/> (the IDs
/// of the obligations that must refute it).
/// </summary>
public sealed class CatalogCitations : ICitationSource
{
    public IEnumerable<Citation> Collect(string root) =>
        [.. Monitors(), .. Harnesses(), .. SeededBugs(), .. Obligations(), .. Mutants()];

    private static IEnumerable<Citation> Monitors() =>
        from monitor in MonitorCatalog.Kernel
        from field in monitor.GetFields(BindingFlags.Public | BindingFlags.Static)
        where field is { IsLiteral: true } && field.FieldType == typeof(string)
        let id = (string)field.GetRawConstantValue()!
        where SpecIds.IsCatalogueId(id)
        select new Citation(id, CheckKind.Monitor, $"monitor:{monitor.Name}", monitor.Name, $"monitor {monitor.Name}.{field.Name}");

    private static IEnumerable<Citation> Harnesses() =>
        from harness in HarnessCatalog.All
        from id in harness.ChecksSpec
        select new Citation(id, CheckKind.CoyoteTest, null, harness.Name, $"harness {harness.Name}");

    private static IEnumerable<Citation> SeededBugs() =>
        SeededBugCatalog.All.Select(b => new Citation(b.Breaks, CheckKind.SeededBug, $"seeded-bug:{b.Name}", b.Name, $"seeded bug {b.Name}"));

    private static IEnumerable<Citation> Obligations() =>
        from o in ObligationCatalog.All
        let method = $"{o.Build.Method.DeclaringType!.Name}.{o.Build.Method.Name}"
        from id in SpecIds.CatalogueIdsIn(o.SpecId)
        select new Citation(id, CheckKind.Proof, $"proof:{method}", $"{method} ({o.Transition})", $"obligation {o.Name}");

    private static IEnumerable<Citation> Mutants() =>
        from m in MutantCatalog.All
        from obligation in m.RefutedBy
        from id in SpecIds.CatalogueIdsIn(obligation).Distinct()
        select new Citation(id, CheckKind.Mutant, $"mutant:{m.Name}", m.Name, $"mutant {m.Name}");
}
