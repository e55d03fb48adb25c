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
    public static TheoryData<string> Calls() => [.. SyscallCatalogue.All.Select(d => d.Name)];

    [Fact]
    public void Every_call_record_is_in_the_catalogue_under_a_unique_name()
    {
        var records = typeof(Syscall).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Syscall)) && !t.IsAbstract).ToList();
        Assert.Equal(records.Count, SyscallCatalogue.Records.Count);
        Assert.Equal(SyscallCatalogue.All.Count, SyscallCatalogue.All.Select(d => d.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void The_declaration_builds_its_own_record_from_arguments_in_declared_order(string name)
    {
        var (record, declaration) = SyscallCatalogue.Records.Single(r => r.Declaration.Name == name);
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
        Assert.True(SyscallCatalogue.TryGet(name, out var declaration));
        Assert.All(declaration.Parameters, p => Assert.Equal(p.IsHandle, p.Names != HandleTarget.None));
        Assert.Equal(name.StartsWith("zx_", StringComparison.Ordinal), declaration.Family == StatusFamily.Zircon);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void The_model_answers_every_record_in_its_declared_status_family(string name)
    {
        Assert.True(SyscallCatalogue.TryGet(name, out var declaration));
        var (_, result) = Kernel.Step(KernelState.Fresh(), KernelState.InitialProcessKoid, declaration.Build(new SampleArguments(declaration)));

        var zircon = StatusNames.Name(result.Status).StartsWith("ZX_", StringComparison.Ordinal);
        Assert.Equal(declaration.Family == StatusFamily.Zircon, zircon);
        Assert.NotEqual(Status.ZxErrBadSyscall, result.Status);
        Assert.NotEqual(Status.Enosys, result.Status);
    }

    private static bool IsCopyConstructor(System.Reflection.ConstructorInfo constructor, Type record) =>
        constructor.GetParameters() is [{ ParameterType: var only }] && only == record;

    /// <summary>Arrays compare by their items, so a list argument is checked element by element.</summary>
    private static object Comparable(object value) =>
        value is IEnumerable items and not string ? string.Join(",", items.Cast<object>()) : value;
}
