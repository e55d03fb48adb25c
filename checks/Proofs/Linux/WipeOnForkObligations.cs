using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs.Linux;

/// <summary>
/// INV-LINUX-05 over fork (seed 003, "It should be zeroed on fork"; decision L-16): one area of the
/// parent with its flags, the parent's page entries as arbitrary arrays (present, contents), and the
/// child's copy of that area as fork builds it.
/// </summary>
public static class WipeOnForkObligations
{
    /// <summary>
    /// INV-LINUX-05: ∀ parent entries, ∀ p. Fork(parent, child) ∧ the child has the area (not VM_DONTCOPY)
    /// ∧ the area is VM_WIPEONFORK or droppable ⇒ ¬present_child(p) ∧ read_child(p) = zeros.
    /// </summary>
    public static ObligationQuery WipedChildReadsZero(Terms t, Mutant mutant)
    {
        var ctx = t.Ctx;
        var page = t.Word64("witness.page");
        var present = t.Array("parent.present", t.Word, ctx.BoolSort);
        var content = t.Array("parent.content", t.Word, t.ContentSort);
        var (wipeOnFork, droppable, dontCopy) = (t.Flag("area.wipeonfork"), t.Flag("area.droppable"), t.Flag("area.dontcopy"));

        var childHasArea = ctx.MkNot(dontCopy);
        var wiped = ctx.MkOr(wipeOnFork, droppable);

        // copy_page_range is skipped for a VM_WIPEONFORK area (droppable areas carry it); the mutant copies anyway.
        var copies = mutant == Mutant.ForkCopiesWipedPages ? ctx.MkTrue() : ctx.MkNot(wiped);
        var childPresent = ctx.MkAnd(childHasArea, copies, t.SelectBool(present, page));
        var childReads = (BitVecExpr)ctx.MkITE(childPresent, t.SelectBv(content, page), t.ZeroContent);

        var hypothesis = ctx.MkAnd(childHasArea, wiped);
        var violation = ctx.MkAnd(hypothesis, ctx.MkOr(childPresent, ctx.MkNot(ctx.MkEq(childReads, t.ZeroContent))));
        return new ObligationQuery(
            ctx.MkTrue(),
            violation,
            null,
            null,
            "fork",
            [],
            null,
            [],
            [])
        {
            Hypothesis = hypothesis,
            States =
            [
                ("before", [
                    CallArgument.Flag("VM_WIPEONFORK", wipeOnFork), CallArgument.Flag("droppable", droppable), CallArgument.Flag("VM_DONTCOPY", dontCopy),
                    CallArgument.Number("page", page), CallArgument.Flag("parent present", t.SelectBool(present, page)), Content("parent reads", t.SelectBv(content, page)),
                ]),
                ("after", [CallArgument.Flag("child has the area", childHasArea), CallArgument.Flag("child present", childPresent), Content("child reads", childReads)]),
            ],
        };
    }

    private static CallArgument Content(string name, Expr term) =>
        new(name, [term], v => ModelText.Value(v[0]) == 0 ? "zeros" : $"bytes #{ModelText.Value(v[0])}");
}
