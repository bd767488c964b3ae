/// A key the user pressed, decoded from the terminal.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter: `.control("r")` is Ctrl-R.
    case control(Character)
    case enter, tab, backTab, escape, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)
}

/// What the mouse did, in screen cells.
public struct MouseEvent: Hashable, Sendable {
    public enum Action: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var action: Action
    public var x: Int
    public var y: Int
    public init(action: Action, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }
}

/// Everything the terminal can tell the app.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
}
