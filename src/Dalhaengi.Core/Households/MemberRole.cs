namespace Dalhaengi.Core.Households;

/// <summary>States a member's relationship to the head of the household.</summary>
public enum MemberRole
{
    /// <summary>The head of the household (세대주).</summary>
    Head,

    /// <summary>The head's spouse (배우자).</summary>
    Spouse,

    /// <summary>A child of the head (자녀).</summary>
    Child,

    /// <summary>A parent of the head (부모).</summary>
    Parent,

    /// <summary>A grandchild of the head (손자녀), as in a grandparent-headed household (조손가정).</summary>
    Grandchild,

    /// <summary>Anyone else living in the household.</summary>
    Other,
}
