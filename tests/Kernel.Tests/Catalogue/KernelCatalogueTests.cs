using VmoKernel.Abi;
using VmoKernel.Kernel;
using VmoKernel.Tests.Kernel.ModelBased;

namespace VmoKernel.Tests.Kernel.Catalogue;

/// <summary>
/// The actor kernel handles every record of the syscall catalogue: each under one file and class named
/// as the record in impl/Calls, each answered as the model answers it and in its declared status family.
/// </summary>
public sealed class KernelCatalogueTests
{
    /// <summary>Calls keyed by record name: two records may share a syscall name (process_madvise's two arities).</summary>
    public static TheoryData<string> Calls() => [.. SyscallCatalogue.Records.Select(r => r.Record.Name)];

    [Theory]
    [MemberData(nameof(Calls))]
    public void Each_record_has_a_kernel_class_of_the_same_name(string name)
    {
        var (record, _) = SyscallCatalogue.Records.Single(r => r.Record.Name == name);
        var handler = typeof(KernelHost).Assembly.GetType($"VmoKernel.Kernel.Calls.{record.Name}");

        Assert.NotNull(handler);
        Assert.Contains(handler.GetMethods(), m => m.IsStatic && m.GetParameters().Any(p => p.ParameterType == record));
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void The_kernel_answers_each_record_as_the_model_does_in_its_declared_family(string name)
    {
        var (_, declaration) = SyscallCatalogue.Records.Single(r => r.Record.Name == name);
        var call = declaration.Build(new ZeroArguments());
        using var pair = new KernelPair();

        Assert.Null(pair.Step(call));
        var answer = pair.LastKernelResult!;
        Assert.Equal(declaration.Family == StatusFamily.Zircon, StatusNames.Name(answer.Status).StartsWith("ZX_", StringComparison.Ordinal));
        Assert.NotEqual(Status.ZxErrBadSyscall, answer.Status);
    }
}
