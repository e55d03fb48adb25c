using VmoKernel.Abi;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exhaust;
using VmoKernel.Model.State;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Exhaust;

/// <summary>The scenario writer names handles by the calls that made them and writes what `checks scenario` runs back to the same statuses.</summary>
public sealed class ScenarioWriterTests : IDisposable
{
    private readonly string _folder = TempFolder.Create("exhaust-writer-");

    [Fact]
    public void APathIsWrittenWithBoundNamesConstantsAndPageSizes()
    {
        var steps = Steps(
            new VmoCreate(KernelLayout.PageSize, VmoOptions.Discardable),
            new VmoOpRange(Paths.Handle(1), VmoOp.Lock, 0, KernelLayout.PageSize),
            new HandleDuplicate(Paths.Handle(1), (uint)(Rights.Read | Rights.Duplicate)),
            new HandleClose(MoveGenerator.ClosedHandle),
            new Reclaim(PressureLevel.AlmostOom));

        var text = ScenarioWriter.Write("written", ["a comment"], steps);

        Assert.Equal(
            """
            # a comment
            scenario "written"
              h1 = zx_vmo_create(1p, ZX_VMO_DISCARDABLE) => ZX_OK
              zx_vmo_op_range(h1, ZX_VMO_OP_LOCK, 0, 1p) => ZX_OK
              h2 = zx_handle_duplicate(h1, ZX_RIGHT_DUPLICATE | ZX_RIGHT_READ) => ZX_OK
              zx_handle_close(0x7ffffff3) => ZX_ERR_BAD_HANDLE
              reclaim(ALMOST_OOM) => OK
            end

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void AWrittenScenarioPassesOnTheModelItCameFrom()
    {
        var steps = Steps(
            new VmoCreate(KernelLayout.PageSize, 0),
            new VmoCreateChild(Paths.Handle(1), ChildOptions.Slice, 0, KernelLayout.PageSize),
            new HandleReplace(Paths.Handle(2), (uint)Rights.Read),
            new VmoOpRange(Paths.Handle(1), VmoOp.Unlock, 0, KernelLayout.PageSize),
            new HandleClose(Paths.Handle(1)));
        var file = Path.Combine(_folder, "path.scn");
        File.WriteAllText(file, ScenarioWriter.Write("path", [], steps));

        var (exit, output, _) = CliRunner.Run("scenario", file, "--invariants");

        Assert.Equal(ExitCode.Ok, exit);
        Assert.EndsWith("1 passed, 0 failed\n", output);
    }

    private static List<PathStep> Steps(params Syscall[] calls)
    {
        var state = KernelState.Fresh();
        var steps = new List<PathStep>();
        foreach (var call in calls)
        {
            (state, var result) = Model.Kernel.Step(state, KernelState.InitialProcessKoid, call);
            steps.Add(new PathStep(KernelState.InitialProcessKoid, call, result));
        }

        return steps;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
