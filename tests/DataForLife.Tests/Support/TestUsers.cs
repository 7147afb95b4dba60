namespace DataForLife.Tests.Support;

public static class TestUsers
{
    public const string Password = "mat-khau-an-toan-2023";
}
