using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// One thread changes only the handle table (creates VMOs, duplicates, replaces and closes handles) while another
/// in the same process maps a shared VMO three times, through its first handle or through the newest duplicate the
/// first thread may be closing or replacing, unmaps the first mapping and reads through the others. The two
/// threads' commits touch different halves of the process, so a commit that carries back the half it did not
/// change (the counter that names mappings, say) can undo the other's: two mappings then share a name, and the
/// unmap of one takes the other, which the next read shows against the model (REF-01).
/// </summary>
[ChecksSpec("LIVE-01", "REF-01")]
public sealed class HandlesVersusMappingsHarness : KernelHarness<HandlesVersusMappingsHarness.Fixture>
{
    private const int MapperOperations = 6;

    public override string Name => "HandlesVersusMappings";

    public override string Description => "handle-table calls against maps, an unmap and reads through the mappings in the same process";

    protected override int Clients => 2;

    protected override int OperationsPerClient => MapperOperations;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var vmar = (uint)caller.Bindings["root_vmar"];
        var vmo = await Workload.CreateWrittenAsync(caller, 1, 0, 0x48);
        return new Fixture(vmar, vmo, [], [], new Counter());
    }

    protected override Task OperateAsync(KernelCaller caller, Fixture fixture, int client) =>
        client == 0 ? ChangeHandlesAsync(caller, fixture) : MapUnmapOrReadAsync(caller, fixture);

    private static async Task ChangeHandlesAsync(KernelCaller caller, Fixture fixture)
    {
        var newest = fixture.Duplicates.Count > 0 ? fixture.Duplicates[^1] : (uint?)null;
        switch (newest is null ? caller.Choose(2) : caller.Choose(4))
        {
            case 0:
                await caller.CallAsync(new VmoCreate(Workload.Page, 0));
                break;
            case 1:
                await TakeHandleAsync(fixture, caller.CallAsync(new HandleDuplicate(fixture.Vmo, (uint)Rights.SameRights)));
                break;
            case 2:
                fixture.Duplicates.Remove(newest!.Value);
                await caller.CallAsync(new HandleClose(newest.Value));
                break;
            default:
                fixture.Duplicates.Remove(newest!.Value);
                await TakeHandleAsync(fixture, caller.CallAsync(new HandleReplace(newest.Value, (uint)Rights.SameRights)));
                break;
        }
    }

    private static async Task TakeHandleAsync(Fixture fixture, Task<SyscallResult> call)
    {
        if ((await call).Value is IntValue handle)
        {
            fixture.Duplicates.Add((uint)handle.Number);
        }
    }

    /// <summary>Map, map, map, unmap the first, then read through the second and the third.</summary>
    private static async Task MapUnmapOrReadAsync(KernelCaller caller, Fixture fixture)
    {
        var step = fixture.MapperStep.Next();
        if (step < 3)
        {
            var through = fixture.Duplicates.Count > 0 && caller.Choose(3) == 0 ? fixture.Duplicates[^1] : fixture.Vmo;
            var mapped = await caller.CallAsync(new VmarMap(fixture.Vmar, VmOptions.PermRead | VmOptions.PermWrite, 0, through, 0, Workload.Page));
            fixture.Mappings.Add(mapped.Value is IntValue address ? address.Number : null);
        }
        else if (step == 3)
        {
            if (fixture.Mappings[0] is { } first)
            {
                await caller.CallAsync(new VmarUnmap(fixture.Vmar, first, Workload.Page));
            }
        }
        else if (fixture.Mappings[step - 3] is { } other)
        {
            await caller.CallAsync(new MemRead(other, Workload.Page));
        }
    }

    /// <summary>Which of its operations the mapping thread is at.</summary>
    public sealed class Counter
    {
        private int _next;

        public int Next() => _next++;
    }

    /// <summary>The root VMAR, the shared VMO, the duplicates the handle thread holds, and the mapper's addresses (null for a refused map).</summary>
    public sealed record Fixture(uint Vmar, uint Vmo, List<uint> Duplicates, List<ulong?> Mappings, Counter MapperStep);
}
