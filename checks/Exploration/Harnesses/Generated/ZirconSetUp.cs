using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// Makes the Zircon surface's shared objects: in p0 a VMO of every kind the calls treat differently (regular,
/// resizable, discardable, lockless discardable, a parent with a snapshot child, contiguous, physical,
/// pager-backed), a mapping, a pinned page, a port and a pager, and handles that must fail; in every other
/// process a VMO, its mapping and a closed and a read-only handle. Every call here must succeed.
/// </summary>
internal static class ZirconSetUp
{
    private const ulong Page = Workload.Page;

    /// <summary>Where the physical VMO lives: far above the RAM frames (scenarios use the same address).</summary>
    private const ulong PhysicalAddress = 0x1000_0000;

    /// <summary>How many table rows a swarm draws (repeats allowed, so one to this many distinct calls).</summary>
    private const int SwarmDraws = 5;

    /// <summary>Indices of p0's VMO list (<see cref="FirstAsync"/>) that families name.</summary>
    public const int Regular = 0, Resizable = 1, Discardable = 2, Lockless = 3, Parent = 4;

    /// <summary>
    /// Makes the objects and draws the swarm: over every row (<paramref name="rows"/> of them), or with a
    /// <paramref name="family"/> its core records and one to three others (<paramref name="rowOf"/> finds their rows), two to
    /// four of its ops, one of its VMOs, and a prepared state of that VMO.
    /// </summary>
    public static async Task<ZirconFixture> MakeAsync(KernelCaller caller, GeneratedProcesses processes, int clients, int rows, ZirconFamily? family, Func<Type, int> rowOf)
    {
        var objects = new List<ZirconProcessObjects> { await FirstAsync(caller) };
        foreach (var koid in processes.Koids.Skip(1))
        {
            objects.Add(await OtherAsync(caller, koid));
        }

        var owned = Enumerable.Range(0, clients).Select(_ => new ZirconOwned()).ToList();
        if (family is null)
        {
            var swarm = Enumerable.Range(0, SwarmDraws).Select(_ => caller.Choose(rows)).Distinct().Order().ToList();
            return new ZirconFixture(objects, owned, swarm, caller.Choose(objects[0].Vmos.Count), null, null);
        }

        var records = GeneratedSwarm.DrawAround(caller, family.Records, family.Core);
        var ops = GeneratedSwarm.Draw(caller, family.Ops, 4);
        var focus = caller.ChooseOne(family.Vmos);
        var related = await PrepareAsync(caller, objects[0].Vmos[focus], focus);
        return new ZirconFixture(objects, owned, [.. records.Select(rowOf).Order()], focus, family, ops) { Related = related };
    }

    /// <summary>
    /// A state of the favoured VMO the family's calls race from, drawn: a discardable one as created, locked,
    /// or locked and unlocked once (a regular discardable VMO is reclaimable only after its first unlock); any
    /// other, half the time, with a snapshot child (which a transfer into it must not reach; returned, so
    /// calls name it too); and, one time in three, a page of it pinned for the whole iteration.
    /// </summary>
    private static async Task<ZirconVmo?> PrepareAsync(KernelCaller caller, ZirconVmo vmo, int kind)
    {
        var discardable = kind is Discardable or Lockless;
        ZirconVmo? child = null;
        if (!discardable && caller.Choose(2) == 0)
        {
            child = new ZirconVmo(await caller.MustAsync(new VmoCreateChild(vmo.Handle, ChildOptions.Snapshot, 0, vmo.Size)), vmo.Size);
        }

        var locks = discardable ? caller.Choose(3) : 0;
        if (locks >= 1)
        {
            await caller.MustAsync(new VmoOpRange(vmo.Handle, VmoOp.Lock, 0, vmo.Size));
        }

        if (locks == 2)
        {
            await caller.MustAsync(new VmoOpRange(vmo.Handle, VmoOp.Unlock, 0, vmo.Size));
        }

        if (caller.Choose(3) == 0)
        {
            await Workload.PinAsync(caller, vmo.Handle, (ulong)caller.Choose((int)(vmo.Size / Page)));
        }

        return child;
    }

    private static async Task<ZirconProcessObjects> FirstAsync(KernelCaller caller)
    {
        var vmar = (uint)caller.Bindings["root_vmar"];
        var resource = (uint)caller.Bindings["root_resource"];
        var regular = await Workload.CreateWrittenAsync(caller, 3, 0, 0x52);
        var resizable = await Workload.CreateWrittenAsync(caller, 2, VmoOptions.Resizable, 0x5a);
        var discardable = await Workload.CreateWrittenAsync(caller, 2, VmoOptions.Discardable, 0x44);
        var lockless = await Workload.CreateWrittenAsync(caller, 2, VmoOptions.DiscardableLockless, 0x4c);
        var parent = await Workload.CreateWrittenAsync(caller, 2, 0, 0x50);
        var child = await caller.MustAsync(new VmoCreateChild(parent, ChildOptions.SnapshotAtLeastOnWrite, 0, 2 * Page));
        var contiguous = await caller.MustAsync(new VmoCreateContiguous(caller.Bti, 2 * Page, 0));
        var physical = await caller.MustAsync(new VmoCreatePhysical(resource, PhysicalAddress, Page));
        var port = await caller.MustAsync(new PortCreate(0));
        var pager = await caller.MustAsync(new PagerCreate(0));
        var paged = await caller.MustAsync(new PagerCreateVmo(pager, 0, port, 7, 2 * Page));
        var address = await LinuxSetUp.MustAsync(caller, caller.Process, new VmarMap(vmar, VmOptions.PermRead | VmOptions.PermWrite, 0, regular, 0, 3 * Page));
        var pmt = await Workload.PinAsync(caller, contiguous, 0)
            ?? throw new HarnessSetUpException("harness set-up could not pin the contiguous VMO");
        var closed = await caller.MustAsync(new HandleDuplicate(regular, (uint)Rights.SameRights));
        await caller.MustAsync(new HandleClose(closed));
        var readOnly = await caller.MustAsync(new HandleDuplicate(regular, (uint)(Rights.Basic | Rights.Read | Rights.Map)));
        var noMap = await caller.MustAsync(new HandleDuplicate(regular, (uint)(Rights.Basic | Rights.Io)));
        ZirconVmo[] vmos =
        [
            new(regular, 3 * Page), new(resizable, 2 * Page), new(discardable, 2 * Page), new(lockless, 2 * Page),
            new(parent, 2 * Page), new(child, 2 * Page), new(contiguous, 2 * Page), new(physical, Page), new(paged, 2 * Page),
        ];
        uint[] bad = [KernelConstants.HandleInvalid, closed, vmar, caller.Bti, port, pager, pmt, readOnly, noMap];
        return new ZirconProcessObjects(caller.Process, vmar, vmos, address, 3 * Page, bad, caller.Bti, resource, port, pager, pmt);
    }

    private static async Task<ZirconProcessObjects> OtherAsync(KernelCaller caller, ulong koid)
    {
        // A new process holds its root VMAR as its first handle (process_create).
        var vmar = KernelLayout.HandleValue(1);
        var vmo = (uint)await LinuxSetUp.MustAsync(caller, koid, new VmoCreate(2 * Page, 0));
        await LinuxSetUp.MustAsync(caller, koid, new VmoWrite(vmo, 0, Workload.Fill(0x6f, 2 * Page)));
        var address = await LinuxSetUp.MustAsync(caller, koid, new VmarMap(vmar, VmOptions.PermRead | VmOptions.PermWrite, 0, vmo, 0, 2 * Page));
        var closed = (uint)await LinuxSetUp.MustAsync(caller, koid, new HandleDuplicate(vmo, (uint)Rights.SameRights));
        await LinuxSetUp.MustAsync(caller, koid, new HandleClose(closed));
        var readOnly = (uint)await LinuxSetUp.MustAsync(caller, koid, new HandleDuplicate(vmo, (uint)(Rights.Basic | Rights.Read)));
        uint[] bad = [KernelConstants.HandleInvalid, closed, vmar, readOnly];

        // p0's BTI, resource, port, pager and PMT values name other objects here, or none.
        var p0 = caller.Bindings;
        return new ZirconProcessObjects(koid, vmar, [new(vmo, 2 * Page)], address, 2 * Page, bad,
            (uint)p0["bti"], (uint)p0["root_resource"], readOnly, vmar, closed);
    }
}
