"""Commands of the accounts area: users, departments, API tokens, demo data."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from domain.accounts.actor import SYSTEM, DepartmentKind, Role
from domain.errors import DomainError
from shenguan.runtime import run_with_db
from shenguan.settings import Settings


def _fail(exc: DomainError) -> typer.Exit:
    typer.secho(f"失败 ({exc.code.value}): {exc.message}", fg="red", err=True)
    return typer.Exit(1)


def _read_password(password_stdin: bool) -> str:
    if password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return typer.prompt("密码 (password)", hide_input=True, confirmation_prompt=True)


def create_user(
    username: Annotated[str, typer.Argument(help="用户名 (username)")],
    display_name: Annotated[str, typer.Option("--display-name", help="姓名 (display name)")],
    role: Annotated[
        list[Role], typer.Option("--role", help="角色 (role), repeatable", case_sensitive=False)
    ],
    department: Annotated[
        str | None, typer.Option("--department", help="部门代码 (department code), e.g. SPJ")
    ] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="read the password from standard input")
    ] = False,
) -> None:
    """Create a user (password prompted, or read with --password-stdin)."""
    password = _read_password(password_stdin)

    async def work(settings: Settings) -> None:
        from domain.accounts.services import create_user, get_department_by_code

        try:
            department_id = None
            if department:
                department_id = (await get_department_by_code(SYSTEM, department)).id
            user = await create_user(
                SYSTEM,
                username=username,
                display_name=display_name,
                department_id=department_id,
                roles=role,
                password=password,
            )
        except DomainError as exc:
            raise _fail(exc) from exc
        typer.echo(f"已创建用户 (user created): {user.username} (id {user.id})")

    run_with_db(work)


def create_department(
    code: Annotated[str, typer.Argument(help="部门代码 (department code), e.g. SCJ")],
    name: Annotated[str, typer.Argument(help="部门名称 (department name)")],
    kind: Annotated[DepartmentKind, typer.Option("--kind", help="部门类型 (kind)")],
) -> None:
    """Create a department."""

    async def work(settings: Settings) -> None:
        from domain.accounts.services import create_department

        try:
            department = await create_department(SYSTEM, code=code, name=name, kind=kind)
        except DomainError as exc:
            raise _fail(exc) from exc
        typer.echo(f"已创建部门 (department created): {department.code} {department.name}")

    run_with_db(work)


def create_token(
    name: Annotated[str, typer.Argument(help="令牌名称 (token name)")],
    department: Annotated[
        str | None, typer.Option("--department", help="limit to this department code")
    ] = None,
) -> None:
    """Create a read-only API token and print its secret once."""

    async def work(settings: Settings) -> None:
        from domain.accounts.services import get_department_by_code
        from domain.accounts.tokens import create_api_token

        try:
            department_id = None
            if department:
                department_id = (await get_department_by_code(SYSTEM, department)).id
            created = await create_api_token(SYSTEM, name=name, department_id=department_id)
        except DomainError as exc:
            raise _fail(exc) from exc
        typer.echo(f"令牌 (token) id {created.token.id}，密钥只显示这一次 (shown once):")
        typer.echo(created.secret)

    run_with_db(work)


def revoke_token(token_id: Annotated[int, typer.Argument(help="令牌编号 (token id)")]) -> None:
    """Revoke an API token by its id."""

    async def work(settings: Settings) -> None:
        from domain.accounts.tokens import revoke_api_token

        try:
            token = await revoke_api_token(SYSTEM, token_id)
        except DomainError as exc:
            raise _fail(exc) from exc
        typer.echo(f"已吊销令牌 (token revoked): {token.id} {token.name}")

    run_with_db(work)


def print_demo_table(table: list[tuple[str, str, str]]) -> None:
    width = max(len(u) for u, _, _ in [*table, ("username", "", "")])
    pw_width = max(len(p) for _, _, p in [*table, ("", "", "password")])
    typer.echo(f"{'username'.ljust(width)}  {'password'.ljust(pw_width)}  角色 (role)")
    for username, role, password in table:
        typer.echo(f"{username.ljust(width)}  {password.ljust(pw_width)}  {role}")


def load_demo() -> None:
    """Load Baokang County's demo departments and users into an empty database."""

    async def work(settings: Settings) -> list[tuple[str, str, str]] | None:
        from domain.demo import load_demo_data

        return await load_demo_data()

    table = run_with_db(work)
    if table is None:
        typer.echo("数据库中已有数据，未载入演示数据 (database not empty; nothing loaded).")
        return
    print_demo_table(table)


def register(app: typer.Typer) -> None:
    """Add this area's commands to ``app``."""
    app.command("create-user")(create_user)
    app.command("create-department")(create_department)
    app.command("create-token")(create_token)
    app.command("revoke-token")(revoke_token)
    app.command("load-demo")(load_demo)
