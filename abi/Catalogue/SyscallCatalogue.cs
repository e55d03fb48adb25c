using System.Collections.Frozen;
using System.Reflection;

namespace VmoKernel.Abi;

/// <summary>
/// Every call record in abi/Syscalls and its declaration, found by type so a new record cannot be left
/// out. The compiler guarantees the rest: a record must implement <see cref="Syscall.Accept{TContext, TResult}"/>,
/// which needs its own <see cref="ISyscallVisitor{TContext, TResult}"/> method, which every kernel must implement.
/// </summary>
public static class SyscallCatalogue
{
    /// <summary>Each record type with its declaration, in declaration-name order.</summary>
    public static IReadOnlyList<(Type Record, SyscallDeclaration Declaration)> Records { get; } = Discover();

    /// <summary>Every declaration.</summary>
    public static IReadOnlyList<SyscallDeclaration> All { get; } = [.. Records.Select(r => r.Declaration)];

    private static readonly FrozenDictionary<string, SyscallDeclaration> ByName =
        All.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    public static bool TryGet(string name, out SyscallDeclaration declaration) => ByName.TryGetValue(name, out declaration!);

    private static List<(Type, SyscallDeclaration)> Discover() =>
        [.. typeof(Syscall).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Syscall)) && !t.IsAbstract)
            .Select(t => (t, Declared(t)))
            .OrderBy(r => r.Item2.Name, StringComparer.Ordinal)];

    private static SyscallDeclaration Declared(Type record) =>
        record.GetProperty(nameof(VmoCreate.Declared), BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as SyscallDeclaration
        ?? throw new InvalidOperationException($"{record.Name} declares no static Declared signature");
}
