namespace OpenData;

/// <summary>How serious a <see cref="Finding"/> is.</summary>
public enum Severity
{
    /// <summary>Informational: a rule could not be fully checked (blank cells), or a note for readers.</summary>
    Info,

    /// <summary>Something that should hold and does not; publication goes ahead.</summary>
    Warning,

    /// <summary>A printed identity or a data-file requirement is broken; validation fails unless the finding is acknowledged.</summary>
    Error,
}
