namespace Dalhaengi.Core.Partners;

/// <summary>How a partner takes part in sessions.</summary>
public enum PartnerPresence
{
    /// <summary>Joins sessions when available and needed; the default.</summary>
    Rotating,

    /// <summary>Attends every session, like the lead county division; a session it cannot attend cannot be held.</summary>
    AlwaysPresent,

    /// <summary>
    /// The township office (읍면동) of the visited district, which must attend. A local partner that lists
    /// districts is the office of those districts; one that lists none stands for "the office of whichever
    /// district is visited", with its capacity counted per district.
    /// </summary>
    Local,
}
