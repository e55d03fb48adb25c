using VmoKernel.Abi;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;
using static VmoKernel.Abi.LinuxConstants;
using Step = VmoKernel.Model.Kernel;

namespace VmoKernel.Tests.Proof.Agreement.Linux;

/// <summary>
/// A concrete Linux state for the encodings to be compared on: p0 after a short program of mmap (private,
/// shared or droppable, sometimes MAP_LOCKED), fork-related madvise, MADV_VOLATILE / NONVOLATILE, mlock/munlock, mlockall/munlockall
/// and stores, every call made by the model. The program comes from an FsCheck int array (<see cref="Choices"/>),
/// so a disagreement shrinks to a short program.
/// </summary>
internal sealed class LinuxProgram
{
    public const ulong Page = KernelLayout.PageSize;
    public const ulong P0 = KernelState.InitialProcessKoid;

    private static readonly uint[] Types = [MapPrivate, MapShared, MapDroppable];
    private static readonly uint[] ForkAdvice = [MadvWipeOnFork, MadvKeepOnFork, MadvDontFork, MadvDoFork];

    private LinuxProgram(Choices choices) => Choices = choices;

    public Choices Choices { get; }

    public KernelState State { get; private set; } = KernelState.Fresh();

    /// <summary>The areas mmap returned, as (start, length); later calls may have split or locked them.</summary>
    public List<(ulong Start, ulong Length)> Areas { get; } = [];

    public LinuxProcess Mm => State.Linux.Process(P0);

    public static LinuxProgram Build(int[] values)
    {
        var program = new LinuxProgram(new Choices(values));
        program.Map();
        var calls = 1 + program.Choices.Next(6);
        for (var i = 0; i < calls; i++)
        {
            program.Run(program.NextCall());
        }

        return program;
    }

    /// <summary>One call of the program's menu over its areas.</summary>
    public Syscall NextCall()
    {
        if (Areas.Count == 0)
        {
            return MapCall();
        }

        var (start, length) = Choices.Pick(Areas);
        return Choices.Next(7) switch
        {
            0 => MapCall(),
            1 => new Madvise(start, length, Choices.Pick(ForkAdvice)),
            6 => new Madvise(start, length, Choices.Next(3) == 0 ? MadvNonVolatile : MadvVolatile),
            2 => Choices.Next(2) == 0 ? new Mlock(start, length) : new Munlock(start, length),
            3 => Choices.Next(3) == 0 ? new Munlockall() : new Mlockall((uint)(1 + Choices.Next(7))),
            _ => new MemWrite(start + ((ulong)Choices.Next((int)(length / Page)) * Page), ByteString.Of([(byte)(1 + Choices.Next(200))])),
        };
    }

    public Syscall MapCall()
    {
        var flags = Choices.Pick(Types) | MapAnonymous | (Choices.Next(4) == 0 ? MapLocked : 0);
        return new Mmap(0, (ulong)(1 + Choices.Next(3)) * Page, ProtRead | ProtWrite, flags);
    }

    public SyscallResult Run(Syscall call)
    {
        (State, var result) = Step.Step(State, P0, call);
        if (call is Mmap { Length: var length } && result is { Succeeded: true, Value: IntValue { Number: var start } })
        {
            Areas.Add((start, length));
        }

        return result;
    }

    private void Map() => Run(MapCall());
}
