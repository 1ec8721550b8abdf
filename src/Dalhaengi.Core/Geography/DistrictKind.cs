namespace Dalhaengi.Core.Geography;

/// <summary>The kind of a 읍면동, the lowest level of local administration.</summary>
public enum DistrictKind
{
    /// <summary>읍 (eup): a town; subdivided into 리 (villages).</summary>
    Eup,

    /// <summary>면 (myeon): a rural township; subdivided into 리 (villages).</summary>
    Myeon,

    /// <summary>동 (dong): an urban neighbourhood; subdivided into 통 and 반, not 리.</summary>
    Dong,
}
