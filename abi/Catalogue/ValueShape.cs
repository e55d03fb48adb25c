namespace VmoKernel.Abi;

/// <summary>What a successful call's value is (docs/scenario-language.md, "Values of calls").</summary>
public enum ValueShape
{
    None,
    Integer,
    Bytes,
    Record,

    /// <summary>Depends on an argument (zx_vmo_op_range's op, zx_object_get_info's topic).</summary>
    Varies,
}
