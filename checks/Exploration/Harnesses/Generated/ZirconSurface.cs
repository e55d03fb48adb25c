using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// Every Zircon call record of the catalogue (abi/Syscalls, the Linux folder aside), each with the method
/// that draws its arguments. A program's call runs as one of the processes (p0 most of the time) and names
/// that process's shared objects, so the threads meet on the same VMOs, mappings and handles.
/// </summary>
public sealed class ZirconSurface : IGeneratedSurface
{
    /// <summary>One row per record: the table is the surface, so a record without a row is a record never generated.</summary>
    private static readonly (Type Record, Func<ZirconCall, Task> Make)[] Table =
    [
        (typeof(VmoCreate), ZirconCallsVmo.CreateAsync),
        (typeof(VmoCreateChild), ZirconCallsVmo.CreateChildAsync),
        (typeof(VmoCreateContiguous), ZirconCallsVmo.CreateContiguousAsync),
        (typeof(VmoCreatePhysical), ZirconCallsVmo.CreatePhysicalAsync),
        (typeof(VmoGetSize), ZirconCallsVmo.GetSizeAsync),
        (typeof(VmoSetSize), ZirconCallsVmo.SetSizeAsync),
        (typeof(VmoRead), ZirconCallsVmo.ReadAsync),
        (typeof(VmoWrite), ZirconCallsVmo.WriteAsync),
        (typeof(VmoOpRange), ZirconCallsVmo.OpRangeAsync),
        (typeof(VmoTransferData), ZirconCallsVmo.TransferDataAsync),
        (typeof(HandleDuplicate), ZirconCallsObjects.DuplicateAsync),
        (typeof(HandleReplace), ZirconCallsObjects.ReplaceAsync),
        (typeof(HandleClose), ZirconCallsObjects.CloseAsync),
        (typeof(ObjectGetInfo), ZirconCallsObjects.GetInfoAsync),
        (typeof(PortCreate), ZirconCallsObjects.PortCreateAsync),
        (typeof(PagerCreate), ZirconCallsObjects.PagerCreateAsync),
        (typeof(PagerCreateVmo), ZirconCallsObjects.PagerCreateVmoAsync),
        (typeof(BtiPin), ZirconCallsObjects.PinAsync),
        (typeof(PmtUnpin), ZirconCallsObjects.UnpinAsync),
        (typeof(VmarMap), ZirconCallsSpace.MapAsync),
        (typeof(VmarUnmap), ZirconCallsSpace.UnmapAsync),
        (typeof(MemRead), ZirconCallsSpace.LoadAsync),
        (typeof(MemWrite), ZirconCallsSpace.StoreAsync),
        (typeof(ProcessCreate), ZirconCallsSpace.ProcessCreateAsync),
        (typeof(ProcessGetinfo), ZirconCallsSpace.GetinfoAsync),
        (typeof(ProcessMadvise), ZirconCallsSpace.MadviseAsync),
        (typeof(Reclaim), ZirconCallsSpace.ReclaimAsync),
        (typeof(SetFreeFrames), ZirconCallsSpace.SetFreeFramesAsync),
    ];

    /// <summary>The user threads a program has at most (the harness's threads less the reclaimer).</summary>
    private const int Threads = 4;

    public string Name => "zircon";

    public IReadOnlyList<Type> Calls { get; } = [.. Table.Select(row => row.Record)];

    public IReadOnlyList<string> Families { get; } = [.. ZirconFamilies.All.Select(f => f.Name)];

    public async Task<object> SetUpAsync(KernelCaller caller, GeneratedProcesses processes, int? family) =>
        await ZirconSetUp.MakeAsync(caller, processes, Threads, Table.Length, family is { } f ? ZirconFamilies.All[f] : null, RowOf);

    /// <summary>The table row of <paramref name="record"/>; a family naming a record without a row is a defect here.</summary>
    private static int RowOf(Type record) =>
        Array.FindIndex(Table, row => row.Record == record) is var row and >= 0 ? row : throw new InvalidOperationException($"no row for {record.Name}");

    public async Task OperateAsync(KernelCaller caller, object fixture, GeneratedProcesses processes, int client)
    {
        var zircon = (ZirconFixture)fixture;
        var (_, make) = Table[caller.ChooseOne(zircon.Swarm)];
        await make(new ZirconCall(caller, zircon, zircon.Of(processes.Pick(caller)), client, processes));
    }
}
