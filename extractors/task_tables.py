"""Tasks from plan tables: a task column ("Nhiệm vụ", "Nội dung" …) and columns for the product,
the deadline and who does it, in any order; who does it is a lead and a coordinator column, or one
"Phân công" cell of prose (read by `extractors.assignments`).
"""
from __future__ import annotations

import regex

from extractors.assignments import (COORD, ITEM_BREAK_CHAR, cell_units, column_role, dedupe_units, first_deadline,
                                    folded_header)
from extractors.deadlines import parse_deadline
from extractors.units import read_units, split_units
from pipeline.document import Block, Cell
from schemas.record import Deadline, Task

_LEAD_ROLES = {"lead", "assign"}
_DITTO = regex.compile(r"[\s\-–\"”]*(?:như\s+trên|nt|n\.t)[\s\-–.\"”]*", regex.IGNORECASE)
_COLUMN_NUMBERS = regex.compile(r"\(?\d{1,2}\)?|[A-Z]")
_MONITORS = regex.compile(r"theo dõi|đánh giá|giám sát")
# A catalog of administrative procedures, or of goods and services, with the body that handles each
_CATALOG = regex.compile(r"tên\s+(?:các\s+)?(?:thủ tục|tthc|hàng hóa|dịch vụ|mặt hàng)")
_BULLET = regex.compile(r"(?:^|(?<=[.;:!?])\s+|\n)\s*[-–+•]\s+")


class TableReader:
    def __init__(self, year: int | None):
        self.year = year
        self.roles: dict[str, int] | None = None  # of the last task table, for its continuation
        self.width = 0
        self.above: dict[str, Cell] = {}  # the cells of the task row above, for "Như trên" and merged cells
        # Deadline cells repeat row after row ("Năm 2024", "Thường xuyên"); a parsed Deadline is never
        # changed afterwards, so rows with the same cell share it.
        self.deadlines: dict[str, Deadline | None] = {}

    def read(self, block: Block, section: str | None) -> list[Task]:
        rows = block.rows
        roles = _roles(rows[0]) if rows else None
        if roles:
            rows = rows[1:]
            if rows and _is_subheader(rows[0]):
                # "Cơ quan thực hiện" over "Chủ trì | Phối hợp"
                roles.update({column_role(c.text): i for i, c in enumerate(rows[0]) if c.text.strip()})
                rows = rows[1:]
            self.roles, self.width, self.above = roles, len(block.rows[0]), {}
        elif self.roles and rows and len(rows[0]) == self.width:
            roles = self.roles  # the same table going on after a page break, header not repeated
        else:
            return []
        tasks = []
        for row in rows:
            if _is_header_again(row, roles) or all(_COLUMN_NUMBERS.fullmatch(c.text) for c in row if c.text):
                continue
            cells = {role: row[i] for role, i in roles.items() if i < len(row) and row[i].text.strip()}
            filled = [c for c in row if c.text.strip()]
            if len(filled) <= 2 or "task" not in cells:
                # A section row: "I | CẢI CÁCH THỂ CHẾ"
                number = cells.get("number")
                title = " ".join(c.text for c in filled if c is not number).strip()
                if title:
                    section = f"{number.text.strip().rstrip('.')}. {title}" if number else title
                self.above = {}
                continue
            above = self.above
            if tasks and self._merges_assignment(cells, above, tasks[-1]):
                continue
            if above:
                for role, cell in cells.items():
                    if len(cell.text) < 16 and role in above and role != "task" and _DITTO.fullmatch(cell.text):
                        cells[role] = above[role]  # "Như trên", "- nt -"
                if "lead" not in cells and "assign" not in cells:
                    # a blank lead cell: one cell merged over several rows, its text in the first of them
                    cells.update({role: cell for role, cell in above.items() if role in _LEAD_ROLES})
                if "deadline" not in cells and "deadline" in above:
                    cells["deadline"] = above["deadline"]  # so is a blank time cell ("10-11/2019" over three rows)
            self.above = cells
            tasks.append(self._task(cells, section))
        return tasks

    @staticmethod
    def _merges_assignment(cells: dict[str, Cell], above: dict[str, Cell], task: Task) -> bool:
        """A row under the same number whose task cell names only units: the task above, given to more units.

        A copy that drops merged cells writes "1 | Đề án … | Trung ương MTTQ | Bộ, … | 2030" over "Ủy ban
        nhân dân các tỉnh … | Đài Truyền hình …", and the layout puts that row's cells from the task column on.
        """
        number, above_number = cells.get("number"), above.get("number")
        if number is None or above_number is None or number.text.strip() != above_number.text.strip():
            return False
        text = cells["task"].text.strip(" .;")
        units, end = read_units(text)
        if not units or end < len(text):
            return False
        task.lead = dedupe_units(task.lead + units)
        if "lead" in cells:
            task.coordinators = dedupe_units(task.coordinators + split_units(cells["lead"].text), exclude=task.lead)
        return True

    def _task(self, cells: dict[str, Cell], section: str | None) -> Task:
        lead: list[str] = []
        coords: list[str] = []
        # Beside a "Đơn vị chủ trì" cell, an "assign" column names the body answerable for the field ("Cơ quan
        # chịu trách nhiệm quản lý nhà nước"), not who does the job.
        answerable_only = "lead" in cells and cells["lead"].text.strip() and "assign" in cells
        for role in ("lead",) if answerable_only else ("assign", "lead"):
            if role in cells:
                found_lead, found_coords = cell_units(cells[role].text)
                if not found_lead and (role == "lead" or not found_coords):
                    found_lead = split_units(cells[role].text)  # a unit missing from the gazetteer still leads
                lead += found_lead
                coords += found_coords
        if "coord" in cells:
            coords += split_units(cells["coord"].text)
        task_cell = cells["task"]
        if not coords and "coord" not in self.roles:
            # No column for them: "Chủ trì, phối hợp với Bộ Công an …" in the task cell names the coordinators.
            for m in COORD.finditer(task_cell.text):
                coords += read_units(task_cell.text, m.end(), partners=True)[0]
        if "deadline" in cells:
            deadline = self._deadline(cells["deadline"].text)
        else:
            deadline = first_deadline(task_cell.text, self.year)
        product = _unbulleted(cells["product"].text) if "product" in cells else None
        lead = dedupe_units(lead)
        return Task(text=task_cell.text, start=task_cell.start, end=task_cell.end, product=product,
                    deadline=deadline, lead=lead, coordinators=dedupe_units(coords, exclude=lead), section=section)

    def _deadline(self, cell_text: str) -> Deadline | None:
        if cell_text not in self.deadlines:
            self.deadlines[cell_text] = parse_deadline(cell_text, self.year)
        return self.deadlines[cell_text]


def _unbulleted(text: str) -> str:
    """A cell's text with its bullets turned into spaces."""
    return (_BULLET.sub(" ", text) if ITEM_BREAK_CHAR.search(text) else text).strip()


def _roles(header: list[Cell]) -> dict[str, int] | None:
    """Column of each role, when the header makes a task table (a task column and who/when/what)."""
    roles: dict[str, int] = {}
    for i, c in enumerate(header):
        role = column_role(c.text)
        if role and role != "skip":
            roles.setdefault(role, i)
    if "task" not in roles:
        return None
    if "chỉ tiêu" in folded_header(header[roles["task"]].text):
        # Targets are tasks when the table gives each one to a unit ("Chỉ tiêu | Chủ trì"); next to
        # figures alone ("Chỉ tiêu | Đơn vị | Năm 2025", the unit of measure) they are statistics.
        if "assign" in roles and folded_header(header[roles["assign"]].text) == "đơn vị":
            del roles["assign"]
        units = [folded_header(header[roles[r]].text) for r in ("assign", "lead") if r in roles]
        if any(_MONITORS.search(u) for u in units):
            return None  # "Cơ quan chủ trì theo dõi, đánh giá": the unit follows the figure, no job to do
        return roles if roles.keys() & {"assign", "lead", "coord"} else None
    if _CATALOG.match(folded_header(header[roles["task"]].text)):
        # "Tên TTHC | Thời hạn giải quyết | Phí, lệ phí": the procedures a decision publishes; "Tên hàng hóa, dịch vụ |
        # Cơ quan tiếp nhận kê khai giá": who receives the price filings of each; no jobs
        return None
    return roles if roles.keys() & {"assign", "lead", "coord", "deadline", "product"} else None


def _is_subheader(row: list[Cell]) -> bool:
    filled = [c for c in row if c.text.strip()]
    return bool(filled) and all(column_role(c.text) in ("lead", "coord") for c in filled)


def _is_header_again(row: list[Cell], roles: dict[str, int]) -> bool:
    return all(column_role(row[i].text) == role for role, i in roles.items() if i < len(row))
