namespace DataForLife.Population;

public enum Sex
{
    Male,
    Female,
}
