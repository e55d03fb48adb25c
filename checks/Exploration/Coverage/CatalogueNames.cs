using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Coverage;

/// <summary>
/// The call records of the catalogue (<see cref="SyscallCatalogue"/>: Zircon, Linux and the control calls)
/// under the names the coverage report uses: the declared name, with the arity added where two records
/// share a name (Linux's process_madvise/4 and seed 004's process_madvise/5).
/// </summary>
public static class CatalogueNames
{
    private static readonly Dictionary<Type, string> Names = SyscallCatalogue.Records.ToDictionary(
        r => r.Record,
        r => SyscallCatalogue.Named(r.Declaration.Name).Count > 1 ? $"{r.Declaration.Name}/{r.Declaration.Parameters.Length}" : r.Declaration.Name);

    public static IReadOnlyList<Type> Records { get; } = [.. SyscallCatalogue.Records.Select(r => r.Record)];

    public static string Of(Type record) => Names[record];
}
