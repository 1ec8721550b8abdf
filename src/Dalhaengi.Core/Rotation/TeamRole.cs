namespace Dalhaengi.Core.Rotation;

/// <summary>Why a partner is on a session's team.</summary>
public enum TeamRole
{
    /// <summary>It attends every session (the lead division).</summary>
    AlwaysPresent,

    /// <summary>It is the township office of the visited district.</summary>
    LocalOffice,

    /// <summary>It covers a required service category.</summary>
    Required,

    /// <summary>It joins because it is available.</summary>
    Optional,

    /// <summary>It attended a session taken from the held record.</summary>
    Attended,
}
