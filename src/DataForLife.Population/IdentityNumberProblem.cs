namespace DataForLife.Population;

/// <summary>Why a 12-digit personal identification number does not fit its holder.</summary>
public enum IdentityNumberProblem
{
    /// <summary>Not exactly 12 digits.</summary>
    InvalidFormat,

    /// <summary>Positions 1-3 are not one of the 63 province codes (nor a country code from 101 to 295).</summary>
    UnknownProvince,

    /// <summary>Position 4 says the other sex.</summary>
    SexMismatch,

    /// <summary>Positions 4-6 give another year of birth (century digit and two year digits).</summary>
    BirthYearMismatch,
}
