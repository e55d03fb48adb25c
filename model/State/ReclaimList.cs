namespace VmoKernel.Model.State;

/// <summary>Which reclaim list a discardable VMO sits on when it is eligible (D-6, D-7).</summary>
public enum ReclaimList
{
    /// <summary>Reclaimed at WARNING and worse.</summary>
    Regular,

    /// <summary>ALWAYS_NEED-hinted: reclaimed only at ALMOST_OOM and OOM.</summary>
    Hinted,
}
