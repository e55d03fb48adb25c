using System.Collections;
using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Tests.Catalogue;

/// <summary>
/// The syscall catalogue (abi/Syscalls) is the one place a call is declared: every record's declaration
/// must describe the record exactly, and every kernel that reads declarations must answer every record.
/// </summary>
public sealed class SyscallCatalogueTests
{
    /// <summary>Each record by its type name: two calls may share a scenario name (process_madvise's two arities).</summary>
    public static TheoryData<string> Calls() => [.. SyscallCatalogue.Records.Select(r => r.Record.Name)];

    [Fact]
    public void Every_call_record_is_in_the_catalogue_under_a_unique_name_and_arity()
    {
        var records = typeof(Syscall).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Syscall)) && !t.IsAbstract).ToList();
        Assert.Equal(records.Count, SyscallCatalogue.Records.Count);
        Assert.Equal(SyscallCatalogue.All.Count, SyscallCatalogue.All.Select(d => (d.Name, d.Parameters.Length)).Distinct().Count());
    }

    [Fact]
    public void Process_madvise_is_two_calls_told_apart_by_arity()
    {
        Assert.True(SyscallCatalogue.TryGet("process_madvise", 4, out var linux));
        Assert.True(SyscallCatalogue.TryGet("process_madvise", 5, out var seed));
        Assert.False(SyscallCatalogue.TryGet("process_madvise", 3, out _));
        Assert.Equal("pidfd", linux.Parameters[0].Name);
        Assert.Equal("vm_seq", seed.Parameters[4].Name);
        Assert.Equal([linux, seed], SyscallCatalogue.Named("process_madvise"));
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void The_declaration_builds_its_own_record_from_arguments_in_declared_order(string name)
    {
        var (record, declaration) = Find(name);
        var samples = new SampleArguments(declaration);
        var call = declaration.Build(samples);

        Assert.IsType(record, call);
        Assert.Same(declaration, call.Declaration);
        Assert.Equal(record.GetConstructors().Single(c => !IsCopyConstructor(c, record)).GetParameters().Length, declaration.Parameters.Length);
        Assert.Equal(samples.Values.Select(Comparable), call.Arguments().Select(Comparable));
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void Handle_parameters_say_what_they_name_and_only_they_do(string name)
    {
        var declaration = Find(name).Declaration;
        Assert.All(declaration.Parameters, p => Assert.Equal(p.IsHandle, p.Names != HandleTarget.None));
        Assert.Equal(declaration.Name.StartsWith("zx_", StringComparison.Ordinal), declaration.Family == StatusFamily.Zircon);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void The_model_answers_every_record_in_its_declared_status_family(string name)
    {
        var declaration = Find(name).Declaration;
        var (_, result) = Kernel.Step(KernelState.Fresh(), KernelState.InitialProcessKoid, declaration.Build(new SampleArguments(declaration)));

        var zircon = StatusNames.Name(result.Status).StartsWith("ZX_", StringComparison.Ordinal);
        Assert.Equal(declaration.Family == StatusFamily.Zircon, zircon);
        Assert.NotEqual(Status.ZxErrBadSyscall, result.Status);
        Assert.NotEqual(Status.Enosys, result.Status);
    }

    private static (Type Record, SyscallDeclaration Declaration) Find(string record) =>
        SyscallCatalogue.Records.Single(r => r.Record.Name == record);

    private static bool IsCopyConstructor(System.Reflection.ConstructorInfo constructor, Type record) =>
        constructor.GetParameters() is [{ ParameterType: var only }] && only == record;

    /// <summary>Arrays compare by their items, so a list argument is checked element by element.</summary>
    private static object Comparable(object value) =>
        value is IEnumerable items and not string ? string.Join(",", items.Cast<object>()) : value;
}
