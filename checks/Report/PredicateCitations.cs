using System.Reflection;
using VmoKernel.Model.Invariants;

namespace VmoKernel.Checks.Report;

/// <summary>
/// The model's executable predicates (model/Invariants) name the ID of every violation they report
/// (<see cref="InvariantViolation.Of"/>). This source reads those IDs from the compiled predicates: each
/// ID literal a method of the namespace loads is one citation <c>predicate:&lt;Type&gt;.&lt;Method&gt;</c>,
/// iterators, lambdas and local functions counted for the method that declares them. Reading the IL,
/// not the source text, means only IDs the predicates can actually report are counted.
/// </summary>
public sealed class PredicateCitations : ICitationSource
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static
        | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    public IEnumerable<Citation> Collect(string root)
    {
        var space = typeof(InvariantViolation).Namespace!;
        var types = typeof(InvariantViolation).Assembly.GetTypes().Where(t => t.Namespace == space);
        var found = new SortedSet<(string Name, string Id)>();
        foreach (var type in types)
        {
            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                foreach (var id in IlStrings.Of(method).Where(SpecIds.IsCatalogueId))
                {
                    found.Add((PredicateName(method), id));
                }
            }
        }

        return found.Select(f => new Citation(f.Id, CheckKind.Predicate, $"predicate:{f.Name}", f.Name, $"predicate {f.Name}"));
    }

    /// <summary><c>Type.Method</c> of the method as written: compiler-made types and methods map back to it.</summary>
    private static string PredicateName(MethodBase method)
    {
        var name = Written(method.Name) ?? method.Name;
        var type = method.DeclaringType!;
        while (type.Name.StartsWith('<'))
        {
            name = Written(type.Name) ?? name;
            type = type.DeclaringType!;
        }

        var chain = type.Name;
        for (var outer = type.DeclaringType; outer is not null; outer = outer.DeclaringType)
        {
            chain = $"{outer.Name}.{chain}";
        }

        return $"{chain}.{name}";
    }

    // "<Check>d__3", "<Check>b__0_0", "<Check>g__Add|0_1" were written as Check; "<>c" names nothing.
    private static string? Written(string compiled)
    {
        if (!compiled.StartsWith('<'))
        {
            return null;
        }

        var close = compiled.IndexOf('>', StringComparison.Ordinal);
        return close > 1 ? compiled[1..close] : null;
    }
}
