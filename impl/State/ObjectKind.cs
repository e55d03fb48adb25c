namespace VmoKernel.Kernel.State;

/// <summary>The kinds of kernel object a handle can name.</summary>
internal enum ObjectKind
{
    Vmo,
    Vmar,
    Bti,
    Resource,
    Pmt,
    Pager,
    Port,
    Process,
}
