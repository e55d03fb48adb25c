using VmoKernel.Abi;

namespace VmoKernel.Model.Tests.Catalogue;

/// <summary>
/// One name per syscall (issue 13): model/Syscalls holds exactly one step per call record, named as
/// the record, and nothing else; op_range's ops live in model/Syscalls/OpRange, one class per op named
/// as the op (the three cache-maintenance ops share <c>CacheMaintenance</c>). Shared helpers belong in
/// model/Rules. Folder = namespace, so the namespaces are what is compared.
/// </summary>
public sealed class ModelSyscallFilesTests
{
    private const string SyscallsNamespace = "VmoKernel.Model.Syscalls";
    private const string OpRangeNamespace = SyscallsNamespace + ".OpRange";

    /// <summary>The ops that share one step because the model has no caches to tell them apart.</summary>
    private static readonly string[] CacheMaintenanceOps = [nameof(VmoOp.CacheSync), nameof(VmoOp.CacheClean), nameof(VmoOp.CacheCleanInvalidate)];

    [Fact]
    public void Model_syscalls_holds_one_step_per_call_record_and_nothing_else()
    {
        var records = SyscallCatalogue.Records.Select(r => r.Record.Name).Order(StringComparer.Ordinal);
        Assert.Equal(records, TypeNamesIn(SyscallsNamespace));
    }

    [Fact]
    public void Op_range_holds_one_step_per_op_and_nothing_else()
    {
        var ops = typeof(VmoOp).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => CacheMaintenanceOps.Contains(f.Name) ? "CacheMaintenance" : f.Name)
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(ops, TypeNamesIn(OpRangeNamespace));
    }

    private static IEnumerable<string> TypeNamesIn(string ns) =>
        typeof(Kernel).Assembly.GetTypes()
            .Where(t => t.Namespace == ns && !t.IsNested && !t.Name.StartsWith('<'))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);
}
