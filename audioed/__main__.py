from audioed.cli import main

main(prog_name="audioed")
