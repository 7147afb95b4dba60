namespace DataForLife.Population.Generation;

/// <summary>tinh_trang_hon_nhan (§3.8): never married, married, divorced, widowed.</summary>
internal enum MaritalStatus : byte
{
    Single,
    Married,
    Divorced,
    Widowed,
}
