using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>The generated handle and object calls: duplicate, replace, close, get_info, ports, pagers, pins.</summary>
internal static class ZirconCallsObjects
{
    private static readonly uint[] Topics = [InfoTopic.HandleValid, InfoTopic.HandleBasic, InfoTopic.Vmo, 0, 99];

    /// <summary>Pin options, the three valid ones first (a focused iteration draws those but one time in six).</summary>
    private static readonly uint[] PinOptions =
    [
        BtiOptions.PermRead, BtiOptions.PermRead | BtiOptions.PermWrite, BtiOptions.PermWrite, 0, BtiOptions.Compress,
        BtiOptions.PermRead | BtiOptions.Contiguous, BtiOptions.PermExecute,
    ];

    public static async Task DuplicateAsync(ZirconCall c)
    {
        var vmo = c.Vmo();
        var handle = c.Caller.Choose(3) == 0 ? c.AnyHandle() : vmo.Handle;
        var duplicate = await c.MakeHandleAsync(new HandleDuplicate(handle, ZirconEdges.Rights(c.Caller)));
        KeepLike(c, handle, vmo, duplicate);
    }

    /// <summary>Replaces a handle this thread made most of the time; else any, shared ones included (which the other threads then lose).</summary>
    public static async Task ReplaceAsync(ZirconCall c)
    {
        var vmo = c.Vmo();
        var handle = Consumable(c, vmo);
        var replacement = await c.MakeHandleAsync(new HandleReplace(handle, ZirconEdges.Rights(c.Caller)));
        if (replacement is not null)
        {
            c.Forget(handle);
        }

        KeepLike(c, handle, vmo, replacement);
    }

    /// <summary>Closes a handle this thread made most of the time; else any, shared ones included.</summary>
    public static async Task CloseAsync(ZirconCall c)
    {
        var handle = Consumable(c, c.Vmo());
        if ((await c.MakeAsync(new HandleClose(handle))).Succeeded)
        {
            c.Forget(handle);
        }
    }

    public static Task GetInfoAsync(ZirconCall c) => c.MakeAsync(new ObjectGetInfo(c.AnyHandle(), c.Caller.ChooseOne(Topics)));

    public static async Task PortCreateAsync(ZirconCall c) =>
        c.KeepHandle(await c.MakeHandleAsync(new PortCreate(c.Caller.Choose(4) == 0 ? 1u : 0)));

    public static async Task PagerCreateAsync(ZirconCall c) =>
        c.KeepHandle(await c.MakeHandleAsync(new PagerCreate(c.Caller.Choose(4) == 0 ? 1u : 0)));

    public static async Task PagerCreateVmoAsync(ZirconCall c)
    {
        var pager = ZirconEdges.Handle(c.Caller, c.Objects, c.Objects.Pager);
        var port = ZirconEdges.Handle(c.Caller, c.Objects, c.Objects.Port);
        var options = ZirconEdges.Options(c.Caller, [0, VmoOptions.Resizable, VmoOptions.Discardable]);
        var size = ZirconEdges.Size(c.Caller);
        c.KeepVmo(await c.MakeHandleAsync(new PagerCreateVmo(pager, options, port, (ulong)c.Client, size)), size);
    }

    public static async Task PinAsync(ZirconCall c)
    {
        var vmo = c.Vmo();
        var (offset, length) = c.Range(vmo);
        var options = c.Fixture.Family is null || ZirconEdges.Edge(c.Caller) ? c.Caller.ChooseOne(PinOptions) : c.Caller.ChooseOne(PinOptions[..3]);
        var pin = new BtiPin(ZirconEdges.Handle(c.Caller, c.Objects, c.Objects.Bti), options, vmo.Handle, offset, length);
        if (await c.MakeAsync(pin) is { Succeeded: true, Value: RecordValue record } && record["pmt"] is IntValue pmt)
        {
            c.Owned.Pins.Add((c.Process, (uint)pmt.Number));
        }
    }

    /// <summary>Unpins a PMT this thread pinned, else the set-up PMT (which then is gone for every thread) or a wrong handle.</summary>
    public static async Task UnpinAsync(ZirconCall c)
    {
        var mine = c.Owned.Pins.Where(p => p.Process == c.Process).Select(p => p.Pmt).ToList();
        var pmt = mine.Count > 0 && c.Caller.Choose(4) != 0
            ? c.Caller.ChooseOne(mine)
            : ZirconEdges.Handle(c.Caller, c.Objects, c.Objects.Pmt);
        if ((await c.MakeAsync(new PmtUnpin(pmt))).Succeeded)
        {
            c.Owned.Pins.RemoveAll(p => p.Process == c.Process && p.Pmt == pmt);
        }
    }

    /// <summary>A handle a close or a replace may consume: one this thread made three times in four when it has one.</summary>
    private static uint Consumable(ZirconCall c, ZirconVmo vmo)
    {
        var mine = c.Owned.Vmos.Where(v => v.Process == c.Process).Select(v => v.Vmo.Handle)
            .Concat(c.Owned.Handles.Where(h => h.Process == c.Process).Select(h => h.Handle)).ToList();
        return mine.Count > 0 && c.Caller.Choose(4) != 0 ? c.Caller.ChooseOne(mine) : vmo.Handle;
    }

    /// <summary>Keeps a new handle as a VMO when it came from the chosen VMO, else as another object's.</summary>
    private static void KeepLike(ZirconCall c, uint from, ZirconVmo vmo, uint? made)
    {
        if (from == vmo.Handle)
        {
            c.KeepVmo(made, vmo.Size);
        }
        else
        {
            c.KeepHandle(made);
        }
    }
}
