using System.Text;
using Microsoft.Z3;
using VmoKernel.Abi;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// Prints a solver model as a kernel state and a call a person can read: the call with its concrete
/// arguments and status, then each live VMO before and after (its flags, size, lock count, and the
/// pages the obligation's witnesses point at: frame, contents, pin), then the witnessed frames.
/// Page contents are abstract names: "zeros" or "bytes #n".
/// </summary>
public static class CounterexampleWriter
{
    public static string Write(Microsoft.Z3.Model model, Terms t, ObligationQuery query)
    {
        Expr Eval(Expr e) => model.Eval(e, true);
        var text = new StringBuilder();
        var arguments = query.Arguments.Select(a => $"{a.Name}={a.Format([.. a.Terms.Select(Eval)])}");
        var status = query.Status is null ? "" : $" -> {StatusNames.Name((Status)(int)ModelText.Value(Eval(query.Status)))}";
        text.AppendLine($"call: {query.CallName}({string.Join(", ", arguments)}){status}");

        var pages = query.WatchedPages.Select(p => ModelText.Value(Eval(p))).Distinct().Order().ToList();
        var frames = query.WatchedFrames.Select(f => ModelText.Value(Eval(f))).Distinct().Order().ToList();
        if (query.Before is { } before && query.After is { } after)
        {
            WriteState(text, "before", before, before, Eval, t, pages, frames);
            WriteState(text, "after", after, before, Eval, t, pages, frames);
        }

        foreach (var (label, values) in query.States)
        {
            text.AppendLine($"{label}:");
            text.AppendLine($"  {string.Join(", ", values.Select(v => $"{v.Name}={v.Format([.. v.Terms.Select(Eval)])}"))}");
        }

        return text.ToString().TrimEnd();
    }

    private static void WriteState(StringBuilder text, string label, SymbolicKernel s, SymbolicKernel before, Func<Expr, Expr> eval, Terms t, List<ulong> pages, List<ulong> frames)
    {
        text.AppendLine($"{label}:");
        if (eval(before.CIsSnapshotOfA).IsTrue)
        {
            text.AppendLine("  C is a snapshot child of A");
        }

        foreach (var (v, b) in s.Vmos.Zip(before.Vmos))
        {
            if (!eval(v.Alive).IsTrue && !eval(b.Alive).IsTrue)
            {
                continue;
            }

            text.AppendLine($"  {v.Name}: {VmoLine(v, s, eval)}");
            foreach (var page in pages)
            {
                text.AppendLine($"    page {page} (offset 0x{page << (int)Terms.PageShift:x}): {PageLine(v, t.U64(page), eval, t)}");
            }
        }

        foreach (var frame in frames)
        {
            var f = t.Ctx.MkBV(frame, 32);
            var used = eval(s.IsUsed(t, f)).IsTrue;
            var owner = (int)ModelText.Value(eval(s.OwnerSlotOf(t, f)));
            var ownerName = owner < SymbolicKernel.SlotCount ? s.Vmos[owner].Name : "another VMO";
            text.AppendLine(used
                ? $"  frame {frame}: used by {ownerName} page {ModelText.Number(eval(s.OwnerPageOf(t, f)))}"
                : $"  frame {frame}: free");
        }
    }

    private static string VmoLine(SymbolicVmo v, SymbolicKernel s, Func<Expr, Expr> eval)
    {
        var parts = new List<string> { eval(v.Alive).IsTrue ? "alive" : "destroyed", $"size {ModelText.Number(eval(v.Size))}" };
        void Flag(BoolExpr flag, string name)
        {
            if (eval(flag).IsTrue)
            {
                parts.Add(name);
            }
        }

        Flag(v.Discardable, "DISCARDABLE");
        Flag(v.Lockless, "LOCKLESS");
        Flag(v.Resizable, "RESIZABLE");
        Flag(v.Physical, "physical");
        Flag(v.Contiguous, "contiguous");
        Flag(v.PagerBacked, "pager-backed");
        if (eval(v.HasParent).IsTrue)
        {
            var parent = (int)ModelText.Value(eval(v.ParentSlot));
            parts.Add(parent < SymbolicKernel.SlotCount ? $"child of {s.Vmos[parent].Name}" : "child of another VMO");
        }

        Flag(v.IsSnapshot, "snapshot child");
        parts.Add($"children {ModelText.Number(eval(v.Children))}");
        parts.Add($"lock_count {ModelText.Number(eval(v.LockCount))}");
        Flag(v.EverLocked, "ever locked");
        Flag(v.Discarded, "discarded");
        Flag(v.Hinted, "on the ALWAYS_NEED list");
        parts.Add($"committed_change_events {ModelText.Number(eval(v.ChangeEvents))}");
        parts.Add($"handles {ModelText.Number(eval(v.Handles))}");
        parts.Add($"mappings {ModelText.Number(eval(v.Mappings))}");
        return string.Join(", ", parts);
    }

    private static string PageLine(SymbolicVmo v, BitVecExpr page, Func<Expr, Expr> eval, Terms t)
    {
        var pinned = eval(v.IsPinned(t, page)).IsTrue ? ", pinned" : "";
        return eval(v.IsCommitted(t, page)).IsTrue
            ? $"frame {ModelText.Number(eval(v.FrameAt(t, page)))}, {Content(eval(t.SelectBv(v.Data, page)))}{pinned}"
            : $"not committed, reads {Content(eval(v.ReadPage(t, page)))}{pinned}";
    }

    private static string Content(Expr value)
    {
        var id = ModelText.Value(value);
        return id == 0 ? "zeros" : $"bytes #{id}";
    }
}
