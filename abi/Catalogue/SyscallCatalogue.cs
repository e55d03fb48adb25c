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

    /// <summary>
    /// Declarations by name. Two calls may share a name when their arities differ: Linux's 4-argument
    /// process_madvise(pidfd, iovec, advice, flags) and the seed-004 5-argument form with a vm_seq.
    /// </summary>
    private static readonly FrozenDictionary<string, SyscallDeclaration[]> ByName = All
        .GroupBy(d => d.Name, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderBy(d => d.Parameters.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>The declaration of <paramref name="name"/> taking <paramref name="arity"/> arguments.</summary>
    public static bool TryGet(string name, int arity, out SyscallDeclaration declaration)
    {
        declaration = ByName.TryGetValue(name, out var forms) ? forms.FirstOrDefault(d => d.Parameters.Length == arity)! : null!;
        return declaration is not null;
    }

    /// <summary>Every declaration named <paramref name="name"/>, fewest parameters first (empty when none).</summary>
    public static IReadOnlyList<SyscallDeclaration> Named(string name) => ByName.TryGetValue(name, out var forms) ? forms : [];

    private static List<(Type, SyscallDeclaration)> Discover() =>
        [.. typeof(Syscall).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Syscall)) && !t.IsAbstract)
            .Select(t => (t, Declared(t)))
            .OrderBy(r => r.Item2.Name, StringComparer.Ordinal)];

    private static SyscallDeclaration Declared(Type record) =>
        record.GetProperty(nameof(VmoCreate.Declared), BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as SyscallDeclaration
        ?? throw new InvalidOperationException($"{record.Name} declares no static Declared signature");
}
